FROM rockylinux:9
ENV NGINX_VERSION=1.20.1
RUN yum install -y httpd-2.4.62 nginx-$NGINX_VERSION ./local/tool-1.0.rpm && yum clean all
