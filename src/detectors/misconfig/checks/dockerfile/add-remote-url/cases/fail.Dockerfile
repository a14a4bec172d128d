FROM debian:12
# expect-line: 3
ADD https://example.com/tool.tar.gz /opt/
