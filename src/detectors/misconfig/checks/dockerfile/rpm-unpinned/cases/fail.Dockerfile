FROM rockylinux:9
# expect-line: 3
RUN yum install -y httpd mod_ssl-2.4.62 && yum clean all
