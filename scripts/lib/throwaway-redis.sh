# Sourced by scripts that need a Redis of their own (ci-queue.sh, bench-queue.sh): a redis-server
# on 127.0.0.1 only, on a free port, without persistence, in a temp folder. Sets `work` (the temp
# folder), `port`, `url` and `redis_pid`; worker processes put in `pids` are stopped by
# `stop_workers`. On any exit the workers and Redis are stopped and `work` is removed.
work=$(mktemp -d)
pids=()
redis_pid=
stop_workers() {
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  pids=()
}
stop_redis_and_workers() {
  stop_workers
  [ -n "$redis_pid" ] && kill -TERM "$redis_pid" 2>/dev/null && wait "$redis_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap stop_redis_and_workers EXIT

port=$(node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
redis-server --bind 127.0.0.1 --port "$port" --protected-mode yes --save '' --appendonly no \
  --dir "$work" --logfile "$work/redis.log" &
redis_pid=$!
url="redis://127.0.0.1:$port"
for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
redis-cli -p "$port" ping >/dev/null
