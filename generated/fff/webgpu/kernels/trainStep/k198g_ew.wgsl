// kernel k198g_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wk_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1162: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1164: array<f32>;
@group(0) @binding(4) var<storage, read> t768: array<f32>;
@group(0) @binding(5) var<storage, read> t986: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1182: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l7: f32 = p_blocks_0_attn_wk_b[i];
    let x1162: f32 = t1162[i];
    let l1080: f32 = t995[0i];
    let v1163: f32 = x1162 * l1080;
    let v1164: f32 = l7 - v1163;
    t1164[i] = v1164;
    let l769: f32 = t768[i];
    let l1057: f32 = t986[0i];
    let v1182: f32 = l769 * l1057;
    t1182[i] = v1182;
  }
}
