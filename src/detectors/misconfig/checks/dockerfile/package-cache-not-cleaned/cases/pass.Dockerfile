FROM fedora:40 AS build
RUN dnf install -y gcc-14.2.1
FROM fedora:40
RUN dnf install -y httpd-2.4.62 && dnf clean all
RUN zypper --non-interactive install nginx=1.21.5 && zypper clean -a
