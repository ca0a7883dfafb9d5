// kernel k116b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t714: array<f32>;
@group(0) @binding(2) var<storage, read> t1175: array<f32>;
@group(0) @binding(3) var<storage, read> t1182: array<f32>;
@group(0) @binding(4) var<storage, read> t688: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1186: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k116b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l26: f32 = p_blocks_1_attn_wo_w[i];
  let l743: f32 = t714[0i];
  let v1183: f32 = l26 * l743;
  let x1175: f32 = t1175[i];
  let x1182: f32 = t1182[i];
  let v1184: f32 = x1175 / x1182;
  let l746: f32 = t688[0i];
  let v1185: f32 = v1184 * l746;
  let v1186: f32 = v1183 - v1185;
  t1186[i] = v1186;
}
