# syntax=docker/dockerfile:1
ARG GO_VERSION=1.22
FROM golang:${GO_VERSION} AS build
WORKDIR /src
RUN apt-get update && \
    apt-get install -y git
RUN <<EOT
go build -o /out/api ./cmd/api
EOT
# palisade:ignore:PAL-DF-002 runs under a PodSecurity runAsUser in the cluster
FROM alpine:latest
COPY --from=build /out/api /usr/local/bin/api
EXPOSE 8080
CMD ["api"]
