FROM alpine:3.20
RUN apk update
# expect-line: 4
RUN apk add --no-cache nginx=1.26.2-r0
