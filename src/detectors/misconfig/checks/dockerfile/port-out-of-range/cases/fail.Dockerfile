FROM nginx:1.27
# expect-line: 3
EXPOSE 80 65536/tcp
