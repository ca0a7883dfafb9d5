// kernel k93f_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t671: array<f32>;
@group(0) @binding(2) var<storage, read> t787: array<f32>;
@group(0) @binding(3) var<storage, read> t794: array<f32>;
@group(0) @binding(4) var<storage, read> t645: array<f32>;
@group(0) @binding(5) var<storage, read_write> t798: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l6: f32 = p_blocks_0_attn_wk_w[i];
  let l700: f32 = t671[0i];
  let v795: f32 = l6 * l700;
  let x787: f32 = t787[i];
  let x794: f32 = t794[i];
  let v796: f32 = x787 / x794;
  let l703: f32 = t645[0i];
  let v797: f32 = v796 * l703;
  let v798: f32 = v795 - v797;
  t798[i] = v798;
}
