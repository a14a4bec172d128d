FROM ubuntu:24.04
RUN curl -fsSLo /tmp/install.sh https://get.example.sh \
 && echo "3b1f2c0e9d8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c  /tmp/install.sh" | sha256sum -c - \
 && sh /tmp/install.sh
