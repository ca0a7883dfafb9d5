// kernel k94u_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wk_b: array<f32>;
@group(0) @binding(1) var<storage, read> t331: array<f32>;
@group(0) @binding(2) var<storage, read> t636: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1083: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wk_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1087: array<f32>;
@group(0) @binding(6) var<storage, read> t646: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1091: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94u_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1079: f32 = p_optim_m_blocks_1_attn_wk_b[i];
    let v1081: f32 = l1079 * 0.9f;
    let l332: f32 = t331[i];
    let l707: f32 = t636[0i];
    let v1078: f32 = l332 * l707;
    let v1082: f32 = v1078 * 0.1f;
    let v1083: f32 = v1081 + v1082;
    t1083[i] = v1083;
    let l1080: f32 = p_optim_v_blocks_1_attn_wk_b[i];
    let v1084: f32 = l1080 * 0.95f;
    let v1085: f32 = v1078 * v1078;
    let v1086: f32 = v1085 * 0.05f;
    let v1087: f32 = v1084 + v1086;
    t1087[i] = v1087;
    let v1088: f32 = sqrt(v1087);
    let l724: f32 = t646[0i];
    let v1089: f32 = v1088 / l724;
    let v1090: f32 = v1089 + 1e-8f;
    let v1091: f32 = v1083 / v1090;
    t1091[i] = v1091;
  }
}
