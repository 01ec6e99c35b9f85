# Sourced by ./chancery, .ci/run and bench scripts: finds a JDK >= 21 and exports JAVA_HOME and PATH.
# Order: $JAVA_HOME if it is >= 21, then the JDKs under /usr/lib/jvm (newest first), then `java` on the PATH.
# The version comes from the JDK's release file (JAVA_VERSION="25.0.1"), which costs no JVM start; only a JDK
# without one is asked by running java.
chancery_java_major() {
  local version=""
  if [ -r "$1/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release" | head -n 1)
    case "$version" in 1.*) version="${version#1.}" ;; esac  # 1.8.0_382 is Java 8
  fi
  if [ -z "$version" ]; then
    version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')
  fi
  echo "${version%%.*}"
}
chancery_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV) \
                   "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")"; do
    candidate="${candidate%/}"
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(chancery_java_major "$candidate")
    major="${major%%.*}"
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
if ! CHANCERY_JDK=$(chancery_find_jdk); then
  echo "chancery: needs a JDK 21 or newer; none found in \$JAVA_HOME, /usr/lib/jvm or on the PATH" >&2
  exit 1
fi
export JAVA_HOME="$CHANCERY_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
