// kernel k119p_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t557: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1182: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ln2_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1186: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1190: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1178: f32 = p_optim_m_blocks_0_ln2_g[i];
    let v1180: f32 = l1178 * 0.9f;
    let l558: f32 = t557[i];
    let l946: f32 = t901[0i];
    let v1177: f32 = l558 * l946;
    let v1181: f32 = v1177 * 0.1f;
    let v1182: f32 = v1180 + v1181;
    t1182[i] = v1182;
    let l1179: f32 = p_optim_v_blocks_0_ln2_g[i];
    let v1183: f32 = l1179 * 0.95f;
    let v1184: f32 = v1177 * v1177;
    let v1185: f32 = v1184 * 0.05f;
    let v1186: f32 = v1183 + v1185;
    t1186[i] = v1186;
    let v1187: f32 = sqrt(v1186);
    let l963: f32 = t911[0i];
    let v1188: f32 = v1187 / l963;
    let v1189: f32 = v1188 + 1e-8f;
    let v1190: f32 = v1182 / v1189;
    t1190[i] = v1190;
  }
}
