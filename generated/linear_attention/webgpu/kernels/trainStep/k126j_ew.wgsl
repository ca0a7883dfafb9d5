// kernel k126j_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t771: array<f32>;
@group(0) @binding(2) var<storage, read> t1202: array<f32>;
@group(0) @binding(3) var<storage, read> t1209: array<f32>;
@group(0) @binding(4) var<storage, read> t745: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1213: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l24: f32 = p_blocks_1_mlp_proj_w[i];
  let l773: f32 = t771[0i];
  let v1210: f32 = l24 * l773;
  let x1202: f32 = t1202[i];
  let x1209: f32 = t1209[i];
  let v1211: f32 = x1202 / x1209;
  let l777: f32 = t745[0i];
  let v1212: f32 = v1211 * l777;
  let v1213: f32 = v1210 - v1212;
  t1213[i] = v1213;
}
