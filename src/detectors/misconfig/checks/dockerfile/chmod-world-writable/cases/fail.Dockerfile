FROM debian:12
COPY app /opt/app
# expect-line: 4
RUN chmod -R 777 /opt/app
# expect-line: 6
COPY --chmod=0666 config.yml /etc/app/
