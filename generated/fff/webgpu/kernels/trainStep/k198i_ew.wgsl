// kernel k198i_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1196: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1197: array<f32>;
@group(0) @binding(3) var<storage, read> t755: array<f32>;
@group(0) @binding(4) var<storage, read> t986: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1215: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_attn_wo_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1220: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l9: f32 = p_blocks_0_attn_wv_b[i];
    let x1196: f32 = t1196[i];
    let v1197: f32 = l9 - x1196;
    t1197[i] = v1197;
    let l756: f32 = t755[i];
    let l1057: f32 = t986[0i];
    let v1215: f32 = l756 * l1057;
    t1215[i] = v1215;
    let l1216: f32 = p_optim_m_blocks_0_attn_wo_b[i];
    let v1218: f32 = l1216 * 0.9f;
    let v1219: f32 = v1215 * 0.1f;
    let v1220: f32 = v1218 + v1219;
    t1220[i] = v1220;
  }
}
