// kernel k120h_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_att_output_w: array<f32>;
@group(0) @binding(1) var<storage, read> t936: array<f32>;
@group(0) @binding(2) var<storage, read> t1165: array<f32>;
@group(0) @binding(3) var<storage, read> t1172: array<f32>;
@group(0) @binding(4) var<storage, read> t910: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1176: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l13: f32 = p_blocks_0_att_output_w[i];
  let l1120: f32 = t936[0i];
  let v1173: f32 = l13 * l1120;
  let x1165: f32 = t1165[i];
  let x1172: f32 = t1172[i];
  let v1174: f32 = x1165 / x1172;
  let l1123: f32 = t910[0i];
  let v1175: f32 = v1174 * l1123;
  let v1176: f32 = v1173 - v1175;
  t1176[i] = v1176;
}
