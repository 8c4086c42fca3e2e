// placeholder: filled by the issue that owns this package
export {};
