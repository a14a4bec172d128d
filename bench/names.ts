/**
 * Package-name universes per ecosystem for the generated lockfiles: real, popular names first (so the
 * output looks like a real monorepo and exercises real spelling rules: scopes, dots, underscores,
 * `group:artifact`, `vendor/name`, Go module paths) followed by synthetic names in the same style,
 * enough for the biggest lockfiles. Versions are derived from the name, so one package tends to be
 * locked at the same few versions across services, as in a real organisation.
 */
import { createRng, hash32 } from './prng.js';
import type { Rng } from './prng.js';

export type Ecosystem = 'npm' | 'PyPI' | 'Go' | 'crates.io' | 'Maven' | 'RubyGems' | 'Packagist' | 'NuGet' | 'Pub';

const words = (s: string): string[] => s.trim().split(/\s+/);

const REAL: Record<Ecosystem, string[]> = {
  npm: words(`
    express react react-dom lodash chalk debug ms commander yargs axios uuid semver glob minimatch rimraf mkdirp qs
    body-parser cookie cors dotenv jsonwebtoken bcryptjs moment dayjs date-fns zod ajv typescript eslint prettier jest
    vitest webpack rollup esbuild vite @babel/core @babel/parser @babel/types @babel/traverse @babel/generator
    @babel/code-frame @babel/helper-plugin-utils @types/node @types/react @types/express @types/jest
    @typescript-eslint/parser @typescript-eslint/eslint-plugin tslib rxjs ws socket.io mongoose pg mysql2 redis ioredis
    kafkajs graphql @apollo/server next vue @vue/compiler-sfc svelte postcss autoprefixer tailwindcss sass classnames
    clsx prop-types inherits safe-buffer readable-stream string_decoder util-deprecate core-util-is isarray once wrappy
    inflight fs.realpath path-is-absolute balanced-match brace-expansion concat-map escape-string-regexp supports-color
    has-flag color-convert color-name ansi-styles ansi-regex strip-ansi string-width emoji-regex is-fullwidth-code-point
    wrap-ansi cliui y18n get-caller-file require-directory escalade picocolors nanoid source-map source-map-js entities
    domhandler htmlparser2 cheerio node-fetch whatwg-url tr46 webidl-conversions form-data mime mime-types mime-db
    combined-stream asynckit delayed-stream follow-redirects proxy-from-env iconv-lite safer-buffer raw-body bytes
    http-errors statuses depd setprototypeof toidentifier on-finished ee-first type-is media-typer content-type destroy
    unpipe finalhandler encodeurl escape-html parseurl etag fresh range-parser send serve-static vary accepts negotiator
    merge-descriptors methods path-to-regexp array-flatten utils-merge cookie-signature content-disposition forwarded
    ipaddr.js proxy-addr @jridgewell/trace-mapping @jridgewell/sourcemap-codec @nodelib/fs.stat @nodelib/fs.walk
    fast-glob micromatch picomatch braces fill-range to-regex-range is-number glob-parent is-glob is-extglob
  `),
  PyPI: words(`
    requests urllib3 certifi idna charset-normalizer flask werkzeug jinja2 markupsafe itsdangerous click django
    djangorestframework sqlparse asgiref fastapi starlette pydantic pydantic-core typing-extensions annotated-types
    uvicorn h11 anyio sniffio httpx httpcore numpy pandas python-dateutil pytz tzdata six scipy scikit-learn joblib
    threadpoolctl matplotlib pillow boto3 botocore s3transfer jmespath pyyaml sqlalchemy greenlet alembic mako
    psycopg2-binary redis celery kombu billiard vine amqp gunicorn pytest pluggy iniconfig packaging attrs black mypy
    mypy-extensions pathspec platformdirs tomli isort flake8 pycodestyle pyflakes mccabe coverage pytest-cov ruff
    cryptography cffi pycparser protobuf grpcio googleapis-common-protos rich pygments markdown-it-py mdurl tqdm
    zope.interface backports.zoneinfo ruamel.yaml
  `),
  Go: words(`
    github.com/gin-gonic/gin github.com/stretchr/testify golang.org/x/net golang.org/x/sys golang.org/x/text
    golang.org/x/crypto golang.org/x/sync golang.org/x/oauth2 google.golang.org/grpc google.golang.org/protobuf
    github.com/spf13/cobra github.com/spf13/pflag github.com/spf13/viper github.com/sirupsen/logrus go.uber.org/zap
    go.uber.org/multierr github.com/pkg/errors github.com/google/uuid github.com/prometheus/client_golang
    github.com/davecgh/go-spew github.com/pmezard/go-difflib gopkg.in/yaml.v3 github.com/golang/protobuf
    github.com/go-sql-driver/mysql github.com/lib/pq github.com/jackc/pgx/v5 github.com/redis/go-redis/v9
    github.com/aws/aws-sdk-go-v2 k8s.io/client-go k8s.io/apimachinery sigs.k8s.io/yaml github.com/gorilla/mux
    github.com/labstack/echo/v4 github.com/go-chi/chi/v5 github.com/golang-jwt/jwt/v5 github.com/json-iterator/go
    github.com/modern-go/reflect2 github.com/mattn/go-isatty github.com/fsnotify/fsnotify github.com/hashicorp/hcl
    github.com/mitchellh/mapstructure github.com/cespare/xxhash/v2 github.com/beorn7/perks
  `),
  'crates.io': words(`
    serde serde_json serde_derive tokio tokio-macros futures futures-core futures-util bytes log env_logger regex
    regex-syntax aho-corasick memchr anyhow thiserror clap clap_derive clap_lex syn quote proc-macro2 unicode-ident libc
    rand rand_core rand_chacha getrandom cfg-if once_cell lazy_static itoa ryu hyper http h2 reqwest tower tracing
    tracing-core chrono time uuid base64 hashbrown indexmap smallvec parking_lot lock_api scopeguard mio socket2
    pin-project-lite autocfg bitflags num-traits windows-sys windows_x86_64_gnu
  `),
  Maven: words(`
    org.springframework.boot:spring-boot-starter-web org.springframework.boot:spring-boot-starter
    org.springframework.boot:spring-boot-autoconfigure org.springframework:spring-core org.springframework:spring-context
    org.springframework:spring-beans org.springframework:spring-web org.springframework:spring-webmvc
    com.fasterxml.jackson.core:jackson-databind com.fasterxml.jackson.core:jackson-core
    com.fasterxml.jackson.core:jackson-annotations org.slf4j:slf4j-api ch.qos.logback:logback-classic
    ch.qos.logback:logback-core org.apache.commons:commons-lang3 commons-io:commons-io com.google.guava:guava
    org.junit.jupiter:junit-jupiter-api org.junit.jupiter:junit-jupiter-engine org.mockito:mockito-core
    org.assertj:assertj-core org.hibernate.orm:hibernate-core org.postgresql:postgresql io.micrometer:micrometer-core
    org.apache.kafka:kafka-clients io.netty:netty-handler io.netty:netty-codec io.netty:netty-buffer org.yaml:snakeyaml
    org.apache.httpcomponents:httpclient org.apache.logging.log4j:log4j-core org.apache.logging.log4j:log4j-api
    jakarta.annotation:jakarta.annotation-api jakarta.validation:jakarta.validation-api org.projectlombok:lombok
    io.projectreactor:reactor-core org.apache.tomcat.embed:tomcat-embed-core com.h2database:h2
  `),
  RubyGems: words(`
    rails actionpack activesupport activerecord actionview activemodel railties rack rack-test puma nokogiri
    mini_portile2 racc rspec rspec-core rspec-expectations rspec-mocks rspec-support i18n concurrent-ruby tzinfo minitest
    thor zeitwerk builder erubi loofah rails-html-sanitizer crass sidekiq redis-client connection_pool pg bootsnap
    msgpack devise warden bcrypt faraday faraday-net_http json rubocop parser ast rainbow regexp_parser
    unicode-display_width mail marcel mini_mime net-smtp net-imap timeout
  `),
  Packagist: words(`
    symfony/console symfony/http-foundation symfony/http-kernel symfony/routing symfony/polyfill-mbstring
    symfony/polyfill-ctype symfony/event-dispatcher symfony/finder symfony/process psr/log psr/container
    psr/http-message psr/event-dispatcher laravel/framework guzzlehttp/guzzle guzzlehttp/psr7 guzzlehttp/promises
    monolog/monolog doctrine/orm doctrine/dbal doctrine/inflector nesbot/carbon phpunit/phpunit sebastian/diff
    ramsey/uuid vlucas/phpdotenv league/flysystem nikic/php-parser egulias/email-validator dragonmantank/cron-expression
  `),
  NuGet: words(`
    Newtonsoft.Json Serilog Serilog.Sinks.Console Serilog.AspNetCore Microsoft.Extensions.Logging
    Microsoft.Extensions.Logging.Abstractions Microsoft.Extensions.DependencyInjection
    Microsoft.Extensions.DependencyInjection.Abstractions Microsoft.Extensions.Configuration Microsoft.EntityFrameworkCore
    Microsoft.EntityFrameworkCore.SqlServer Microsoft.EntityFrameworkCore.Relational AutoMapper FluentValidation Dapper
    Polly xunit xunit.core xunit.runner.visualstudio Moq Castle.Core Swashbuckle.AspNetCore System.Text.Json
    System.Runtime System.Memory System.Buffers Microsoft.NETCore.Platforms NETStandard.Library
    Microsoft.CSharp System.Collections.Immutable Azure.Core Azure.Identity
  `),
  Pub: words(`
    http provider flutter_bloc bloc equatable dio json_annotation json_serializable build_runner collection meta path
    async intl shared_preferences sqflite get_it freezed freezed_annotation url_launcher cached_network_image
    flutter_lints lints test mockito characters vector_math material_color_utilities stream_channel string_scanner
    term_glyph source_span boolean_selector clock fake_async matcher stack_trace typed_data crypto
  `),
};

const W = words(`
  array string object fast deep json path glob stream event http url parse merge clone util color core plugin
  loader config cache queue pool buffer crypto hash token auth session cookie router render template schema
  validate format date time retry async promise worker thread task cron log trace metric span proxy socket
  client server mock spec test assert bench diff patch semver version lint style theme icon image media audio
  video chart graph tree list map set store state query mutation cursor table grid layout flex motion gesture
  swipe scroll virtual lazy memo signal atom proxy shim polyfill compat legacy micro nano tiny mini super hyper
  ultra smart simple easy quick light dark blue red green gold silver iron stone cloud edge mesh node peer
  relay bridge gate port dock ship sail wave tide storm wind fire ice snow rain leaf root seed`);

function synthetic(eco: Ecosystem, i: number): string {
  const a = W[i % W.length]!;
  const b = W[Math.floor(i / W.length) % W.length]!;
  const c = W[(i * 7 + 3) % W.length]!;
  const scopeWord = W[(i * 13 + 5) % W.length]!;
  switch (eco) {
    case 'npm':
      return i % 9 === 0 ? `@${scopeWord}/${a}-${b}` : i % 5 === 0 ? `${a}-${b}-${c}` : `${a}-${b}`;
    case 'PyPI':
      return i % 7 === 0 ? `${a}_${b}` : `${a}-${b}`;
    case 'Go':
      return i % 6 === 0 ? `golang.org/x/${a}${b}` : i % 4 === 0 ? `github.com/${scopeWord}/${a}-${b}/v2` : `github.com/${scopeWord}/${a}-${b}`;
    case 'crates.io':
      return i % 3 === 0 ? `${a}-${b}` : `${a}_${b}`;
    case 'Maven':
      return `com.${scopeWord}.${a}:${a}-${b}`;
    case 'RubyGems':
      return i % 4 === 0 ? `${a}-${b}` : `${a}_${b}`;
    case 'Packagist':
      return `${scopeWord}/${a}-${b}`;
    case 'NuGet':
      return `${cap(scopeWord)}.${cap(a)}.${cap(b)}`;
    case 'Pub':
      return `${a}_${b}`;
  }
}

const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

const cache = new Map<Ecosystem, string[]>();

/** Real names, then distinct synthetic ones, `size` in all. */
export function universe(eco: Ecosystem, size = 5000): string[] {
  const hit = cache.get(eco);
  if (hit && hit.length >= size) return hit;
  const seen = new Set<string>(REAL[eco]);
  const out = [...REAL[eco]];
  for (let i = 0; out.length < size && i < size * 20; i++) {
    const name = synthetic(eco, i);
    if (!seen.has(name)) {
      seen.add(name);
      out.push(name);
    }
  }
  cache.set(eco, out);
  return out;
}

/**
 * Pick `count` distinct names: real ones are favoured (they are what real lockfiles are full of),
 * synthetic ones fill the rest.
 */
export function pickNames(eco: Ecosystem, count: number, rng: Rng): string[] {
  const all = universe(eco);
  const real = REAL[eco];
  const fromReal = Math.min(real.length, Math.round(count * 0.6));
  const chosen = rng.sample(real, fromReal);
  const chosenSet = new Set(chosen);
  const rest = rng.sample(all.slice(real.length), count - chosen.length).filter((n) => !chosenSet.has(n));
  return [...chosen, ...rest];
}

/**
 * A version for `name`; `variant` picks one of three versions a package is commonly locked at.
 * Shapes follow the ecosystem: Go `v`-prefix, Maven/NuGet 3-part, Ruby/PyPI sometimes 2 or 4 parts.
 */
export function versionFor(eco: Ecosystem, name: string, variant: number): string {
  const r = createRng(`version/${eco}/${name}/${variant % 3}`);
  const major = hash32(name) % 3 === 0 ? 0 : r.int(1, 12);
  const minor = r.int(0, 30);
  const patch = r.int(0, 20);
  switch (eco) {
    case 'Go':
      // Some modules have no tags: Go then locks a pseudo-version.
      return hash32(name) % 11 === 0 && !/[/.]v\d+$/.test(name)
        ? `v0.0.0-2023${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(10, 28))}${r.int(100000, 235959)}-${r.hex(12)}`
        : `v${/[/.]v(\d+)$/.exec(name)?.[1] ?? (major === 0 ? 0 : 1)}.${minor}.${patch}`;
    case 'PyPI':
      return hash32(name) % 5 === 0 ? `${2020 + r.int(0, 4)}.${r.int(1, 12)}.${r.int(1, 28)}` : `${major}.${minor}.${patch}`;
    case 'NuGet':
      return `${major || 1}.${minor}.${patch}`;
    case 'Maven':
      return hash32(name) % 4 === 0 ? `${major || 1}.${minor}.${patch}.RELEASE` : `${major || 1}.${minor}.${patch}`;
    default:
      return `${major}.${minor}.${patch}`;
  }
}
