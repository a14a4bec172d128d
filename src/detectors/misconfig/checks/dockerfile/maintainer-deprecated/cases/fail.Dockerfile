FROM alpine:3.20
# expect-line: 3
MAINTAINER Jane Doe <jane@example.com>
