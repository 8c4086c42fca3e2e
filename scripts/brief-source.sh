# Sourced by the CI scripts that check briefs (bash).
# brief_source_of <corpus dir> <document id>: prints the article (.txt) whose .meta.yaml sidecar
# declares that id, the article a brief named <id>.pdf was set from; status 1 if none does.
brief_source_of() {
  local corpus=$1 id=$2 meta
  for meta in "$corpus"/*.meta.yaml; do
    if grep -qE "^id:[[:space:]]*${id}[[:space:]]*$" "$meta"; then echo "${meta%.meta.yaml}.txt"; return 0; fi
  done
  return 1
}
