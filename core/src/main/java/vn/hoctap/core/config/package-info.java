/**
 * The platform's configuration settings: their names ({@link vn.hoctap.core.config.Setting}) and the error that
 * stops start-up when one of them is wrong ({@link vn.hoctap.core.config.InvalidSettingException}).
 */
package vn.hoctap.core.config;
