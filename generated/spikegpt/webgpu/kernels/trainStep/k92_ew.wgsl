// kernel k92_ew
@group(0) @binding(0) var<storage, read> t585: array<f32>;
@group(0) @binding(1) var<storage, read> t180: array<f32>;
@group(0) @binding(2) var<storage, read_write> t590: array<f32>;
@group(0) @binding(3) var<storage, read> t182: array<f32>;
@group(0) @binding(4) var<storage, read_write> t596: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k92_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l588: f32 = t585[i / 4096i * 64i + i / 64i % 64i * 1024i + i % 64i];
  let l180: f32 = t180[i];
  let v590: f32 = l588 * l180;
  t590[i] = v590;
  let l182: f32 = t182[i];
  let v589: f32 = l588 * l182;
  let v594: f32 = 1.0f - l180;
  let v595: f32 = l180 * v594;
  let v596: f32 = v589 * v595;
  t596[i] = v596;
}
