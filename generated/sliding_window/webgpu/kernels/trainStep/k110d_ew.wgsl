// kernel k110d_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t619: array<f32>;
@group(0) @binding(2) var<storage, read> t1001: array<f32>;
@group(0) @binding(3) var<storage, read> t1012: array<f32>;
@group(0) @binding(4) var<storage, read> t593: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1018: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_head_w[i];
  let l1013: f32 = t619[0i];
  let v1014: f32 = l20 * l1013;
  let x1001: f32 = t1001[i];
  let x1012: f32 = t1012[i];
  let v1015: f32 = x1001 / x1012;
  let l1016: f32 = t593[0i];
  let v1017: f32 = v1015 * l1016;
  let v1018: f32 = v1014 - v1017;
  t1018[i] = v1018;
}
