<?php
/**
 * Installs the throwaway WordPress non-interactively with WordPress's own install function (as its
 * installer page does), and makes an application password so a test can post through the REST
 * API as an editor would. Run by scripts/wordpress/site.ts: php install.php <docroot> <password>.
 * Prints what the test needs as JSON.
 */
define( 'WP_INSTALLING', true );
$_SERVER['REQUEST_URI'] = '/';
require $argv[1] . '/wp-load.php';
// No mail from a throwaway site (wp_install sends one through a pluggable function).
function wp_new_blog_notification() {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$user = 'faultlines';
$result = wp_install( 'Faultlines test site', $user, 'faultlines@example.invalid', false, '', $argv[2] );
// A closed network: no avatars from gravatar.com, no welcome guide with its pictures from
// s.w.org in the block editor.
update_option( 'show_avatars', 0 );
update_user_meta(
	$result['user_id'],
	$GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences',
	array(
		'core/edit-post' => array( 'welcomeGuide' => false ),
		'_modified'      => gmdate( 'c' ),
	)
);
[ $app_password ] = WP_Application_Passwords::create_new_application_password(
	$result['user_id'],
	array( 'name' => 'faultlines-e2e' )
);
echo json_encode(
	array(
		'version'     => $GLOBALS['wp_version'],
		'theme'       => get_stylesheet(),
		'user'        => $user,
		'password'    => $argv[2],
		'appPassword' => $app_password,
	)
), "\n";
