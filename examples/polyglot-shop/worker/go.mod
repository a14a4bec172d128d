module github.com/example/polyglot-shop/worker

go 1.21

toolchain go1.21.5

require (
	github.com/gin-gonic/gin v1.9.0
	github.com/redis/go-redis/v9 v9.0.5
	golang.org/x/crypto v0.14.0
)

require (
	github.com/cespare/xxhash/v2 v2.2.0 // indirect
	github.com/dgryski/go-rendezvous v0.0.0-20200823014737-9f7001d12a5f // indirect
	golang.org/x/net v0.17.0 // indirect
	golang.org/x/sys v0.13.0 // indirect
)

replace golang.org/x/net => golang.org/x/net v0.19.0
