FROM alpine:3.20
RUN apk add --no-cache curl=8.9.1-r1
RUN apk add git=2.45.2-r0 && rm -rf /var/cache/apk/*
