<?php
/**
 * Plugin Name: Faultlines test site: oEmbed from loopback
 * Description: For the throwaway WordPress of Faultlines' end-to-end test only (GUIDE §5), never
 * for a real site. WordPress fetches oEmbed pages with wp_safe_remote_get(), whose
 * wp_http_validate_url() refuses loopback and private addresses unless the
 * `http_request_host_is_external` filter says yes, and any port but 80, 443 and 8080 unless
 * `http_allowed_safe_ports` adds it. The graph's site runs on loopback, on a high port: both are
 * allowed here for loopback hosts only. The test machine has no network either: nothing on the
 * page may reach outside (emoji images, DNS prefetch of s.w.org).
 */

function faultlines_test_is_loopback( $host ) {
	return in_array( strtolower( trim( $host, '[].' ) ), array( 'localhost', '127.0.0.1', '::1' ), true );
}

add_filter(
	'http_request_host_is_external',
	function ( $external, $host ) {
		return $external || faultlines_test_is_loopback( $host );
	},
	10,
	2
);

add_filter(
	'http_allowed_safe_ports',
	function ( $ports, $host ) {
		if ( ! faultlines_test_is_loopback( $host ) || ! defined( 'FAULTLINES_TEST_PORTS' ) ) {
			return $ports;
		}
		return array_merge( $ports, array_map( 'intval', explode( ',', FAULTLINES_TEST_PORTS ) ) );
	},
	10,
	2
);

// Emoji: a script that fetches images from s.w.org, and a DNS prefetch of it.
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'admin_print_scripts', 'print_emoji_detection_script' );
remove_action( 'wp_print_styles', 'print_emoji_styles' );
remove_action( 'admin_print_styles', 'print_emoji_styles' );
add_filter( 'emoji_svg_url', '__return_false' );
