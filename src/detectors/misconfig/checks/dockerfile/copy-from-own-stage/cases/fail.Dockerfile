FROM golang:1.22 AS build
# expect-line: 3
COPY --from=build /go/bin/app /app
