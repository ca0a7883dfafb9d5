// kernel k110d_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t607: array<f32>;
@group(0) @binding(2) var<storage, read> t980: array<f32>;
@group(0) @binding(3) var<storage, read> t991: array<f32>;
@group(0) @binding(4) var<storage, read> t581: array<f32>;
@group(0) @binding(5) var<storage, read_write> t997: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_head_w[i];
  let l992: f32 = t607[0i];
  let v993: f32 = l20 * l992;
  let x980: f32 = t980[i];
  let x991: f32 = t991[i];
  let v994: f32 = x980 / x991;
  let l995: f32 = t581[0i];
  let v996: f32 = v994 * l995;
  let v997: f32 = v993 - v996;
  t997[i] = v997;
}
