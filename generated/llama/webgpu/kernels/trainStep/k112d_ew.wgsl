// kernel k112d_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t621: array<f32>;
@group(0) @binding(2) var<storage, read> t994: array<f32>;
@group(0) @binding(3) var<storage, read> t1005: array<f32>;
@group(0) @binding(4) var<storage, read> t595: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1011: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_head_w[i];
  let l1006: f32 = t621[0i];
  let v1007: f32 = l20 * l1006;
  let x994: f32 = t994[i];
  let x1005: f32 = t1005[i];
  let v1008: f32 = x994 / x1005;
  let l1009: f32 = t595[0i];
  let v1010: f32 = v1008 * l1009;
  let v1011: f32 = v1007 - v1010;
  t1011[i] = v1011;
}
