// kernel k132b_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t663: array<f32>;
@group(0) @binding(2) var<storage, read> t1036: array<f32>;
@group(0) @binding(3) var<storage, read> t1047: array<f32>;
@group(0) @binding(4) var<storage, read> t637: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1053: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k132b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_head_w[i];
  let l1048: f32 = t663[0i];
  let v1049: f32 = l20 * l1048;
  let x1036: f32 = t1036[i];
  let x1047: f32 = t1047[i];
  let v1050: f32 = x1036 / x1047;
  let l1051: f32 = t637[0i];
  let v1052: f32 = v1050 * l1051;
  let v1053: f32 = v1049 - v1052;
  t1053[i] = v1053;
}
