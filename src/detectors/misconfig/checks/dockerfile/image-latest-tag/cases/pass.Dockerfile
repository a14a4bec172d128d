ARG BASE=debian:12
FROM golang:1.22 AS build
FROM build AS test
FROM ${BASE}
FROM scratch
FROM alpine@sha256:0a4eaa0eecf5f8c050e5bba433f58c052be7587ee8af3e8b3910ef9ab5fbe9f5
