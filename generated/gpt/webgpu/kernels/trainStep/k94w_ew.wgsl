// kernel k94w_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1111: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1116: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_1_attn_wv_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1120: array<f32>;
@group(0) @binding(5) var<storage, read> t646: array<f32>;
@group(0) @binding(6) var<storage, read> t645: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1125: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94w_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1112: f32 = p_optim_m_blocks_1_attn_wv_b[i];
    let v1114: f32 = l1112 * 0.9f;
    let x1111: f32 = t1111[i];
    let v1115: f32 = x1111 * 0.1f;
    let v1116: f32 = v1114 + v1115;
    t1116[i] = v1116;
    let l1113: f32 = p_optim_v_blocks_1_attn_wv_b[i];
    let v1117: f32 = l1113 * 0.95f;
    let v1118: f32 = x1111 * x1111;
    let v1119: f32 = v1118 * 0.05f;
    let v1120: f32 = v1117 + v1119;
    t1120[i] = v1120;
    let v1121: f32 = sqrt(v1120);
    let l724: f32 = t646[0i];
    let v1122: f32 = v1121 / l724;
    let v1123: f32 = v1122 + 1e-8f;
    let v1124: f32 = v1116 / v1123;
    let l730: f32 = t645[0i];
    let v1125: f32 = v1124 * l730;
    t1125[i] = v1125;
  }
}
