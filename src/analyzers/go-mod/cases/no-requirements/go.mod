module example.com/hello

// Nothing required yet: the module uses only the standard library
// and declares no go version (written before go 1.12).
