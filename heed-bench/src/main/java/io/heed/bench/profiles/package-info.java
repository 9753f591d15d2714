/** {@code heed bench profiles}: profile feature computation at scale (1,000,000 users, 50,000,000 events). */
package io.heed.bench.profiles;
