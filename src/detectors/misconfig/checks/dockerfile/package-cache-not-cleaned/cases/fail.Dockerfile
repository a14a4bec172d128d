FROM fedora:40
# expect-line: 3
RUN dnf install -y httpd-2.4.62 && \
    dnf config-manager --set-enabled crb
