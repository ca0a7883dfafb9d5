// kernel k314d_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2585: array<f32>;
@group(0) @binding(3) var<storage, read> t2596: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2602: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k314d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l56: f32 = p_head_w[i];
  let l2597: f32 = t1608[0i];
  let v2598: f32 = l56 * l2597;
  let x2585: f32 = t2585[i];
  let x2596: f32 = t2596[i];
  let v2599: f32 = x2585 / x2596;
  let l2600: f32 = t1582[0i];
  let v2601: f32 = v2599 * l2600;
  let v2602: f32 = v2598 - v2601;
  t2602[i] = v2602;
}
