// kernel k112j_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t736: array<f32>;
@group(0) @binding(2) var<storage, read> t1407: array<f32>;
@group(0) @binding(3) var<storage, read> t1414: array<f32>;
@group(0) @binding(4) var<storage, read> t710: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1418: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l39: f32 = p_blocks_1_mlp_proj_w[i];
  let l738: f32 = t736[0i];
  let v1415: f32 = l39 * l738;
  let x1407: f32 = t1407[i];
  let x1414: f32 = t1414[i];
  let v1416: f32 = x1407 / x1414;
  let l742: f32 = t710[0i];
  let v1417: f32 = v1416 * l742;
  let v1418: f32 = v1415 - v1417;
  t1418[i] = v1418;
}
