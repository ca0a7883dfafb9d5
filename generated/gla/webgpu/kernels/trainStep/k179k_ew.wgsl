// kernel k179k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wr_b: array<f32>;
@group(0) @binding(1) var<storage, read> t382: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1337: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wr_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1341: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1345: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1333: f32 = p_optim_m_layers_1_attn_wr_b[i];
    let v1335: f32 = l1333 * 0.9f;
    let l383: f32 = t382[i];
    let l885: f32 = t840[0i];
    let v1332: f32 = l383 * l885;
    let v1336: f32 = v1332 * 0.1f;
    let v1337: f32 = v1335 + v1336;
    t1337[i] = v1337;
    let l1334: f32 = p_optim_v_layers_1_attn_wr_b[i];
    let v1338: f32 = l1334 * 0.95f;
    let v1339: f32 = v1332 * v1332;
    let v1340: f32 = v1339 * 0.05f;
    let v1341: f32 = v1338 + v1340;
    t1341[i] = v1341;
    let v1342: f32 = sqrt(v1341);
    let l902: f32 = t850[0i];
    let v1343: f32 = v1342 / l902;
    let v1344: f32 = v1343 + 1e-8f;
    let v1345: f32 = v1337 / v1344;
    t1345[i] = v1345;
  }
}
