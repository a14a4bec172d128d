FROM nginx:1.27
COPY site /usr/share/nginx/html
HEALTHCHECK --interval=30s CMD curl -fsS http://localhost/ || exit 1
