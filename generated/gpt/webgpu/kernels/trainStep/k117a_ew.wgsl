// kernel k117a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(1) var<storage, read> t342: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1192: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1196: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1200: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k117a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1188: f32 = p_optim_m_blocks_1_attn_wo_b[i];
    let v1190: f32 = l1188 * 0.9f;
    let l343: f32 = t342[i];
    let l750: f32 = t679[0i];
    let v1187: f32 = l343 * l750;
    let v1191: f32 = v1187 * 0.1f;
    let v1192: f32 = v1190 + v1191;
    t1192[i] = v1192;
    let l1189: f32 = p_optim_v_blocks_1_attn_wo_b[i];
    let v1193: f32 = l1189 * 0.95f;
    let v1194: f32 = v1187 * v1187;
    let v1195: f32 = v1194 * 0.05f;
    let v1196: f32 = v1193 + v1195;
    t1196[i] = v1196;
    let v1197: f32 = sqrt(v1196);
    let l767: f32 = t689[0i];
    let v1198: f32 = v1197 / l767;
    let v1199: f32 = v1198 + 1e-8f;
    let v1200: f32 = v1192 / v1199;
    t1200[i] = v1200;
  }
}
