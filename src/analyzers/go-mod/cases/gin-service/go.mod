module github.com/acme/orders-api

go 1.21.4

toolchain go1.21.6

godebug default=go1.21

require (
	github.com/gin-gonic/gin v1.9.1
	github.com/google/uuid v1.4.0
	"gopkg.in/yaml.v3" v3.0.1
	github.com/acme/shared v0.3.0
	github.com/lib/pq v1.10.9
)

require (
	github.com/bytedance/sonic v1.9.1 // indirect
	github.com/go-playground/validator/v10 v10.14.0 // indirect
	golang.org/x/net v0.10.0 // indirect; pinned for CVE-2023-3978
	golang.org/x/sys v0.0.0-20230613122525-d1f1f1b7aa6b // indirect
)

exclude github.com/lib/pq v1.10.9

replace (
	golang.org/x/net v0.10.0 => golang.org/x/net v0.17.0
	github.com/acme/shared => ../shared
)

replace github.com/google/uuid => github.com/acme-forks/uuid v1.4.1-0.20231010120000-abcdef123456

retract v0.9.0 // published by mistake
