// kernel k115b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_proj_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> t1105: array<f32>;
@group(0) @binding(2) var<storage, read> t710: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1108: array<f32>;
@group(0) @binding(4) var<storage, read> t395: array<f32>;
@group(0) @binding(5) var<storage, read> t701: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1109: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_blocks_0_mlp_proj_alpha[i];
  let x1105: f32 = t1105[i];
  let l1106: f32 = t710[0i];
  let v1107: f32 = x1105 * l1106;
  let v1108: f32 = l20 - v1107;
  t1108[i] = v1108;
  let l396: f32 = t395[i];
  let l1085: f32 = t701[0i];
  let v1109: f32 = l396 * l1085;
  t1109[i] = v1109;
}
