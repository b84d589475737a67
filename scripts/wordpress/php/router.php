<?php
/**
 * PHP's built-in server with WordPress's rewrite rule (what its .htaccess does under Apache): a
 * file or a folder with an index.php is served as it is; any other path goes to WordPress's
 * index.php, which answers it (/favicon.ico, pretty links, 404 pages). Without this, PHP's
 * server answers a missing file itself, with a bare 404.
 */
$root = $_SERVER['DOCUMENT_ROOT'];
$path = urldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( is_file( $root . $path ) || is_file( rtrim( $root . $path, '/' ) . '/index.php' ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
require $root . '/index.php';
