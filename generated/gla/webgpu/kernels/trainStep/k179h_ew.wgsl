// kernel k179h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1248: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1253: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1257: array<f32>;
@group(0) @binding(5) var<storage, read> t900: array<f32>;
@group(0) @binding(6) var<storage, read> t899: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1262: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1249: f32 = p_optim_m_layers_1_attn_norm_g[i];
    let v1251: f32 = l1249 * 0.9f;
    let x1248: f32 = t1248[i];
    let v1252: f32 = x1248 * 0.1f;
    let v1253: f32 = v1251 + v1252;
    t1253[i] = v1253;
    let l1250: f32 = p_optim_v_layers_1_attn_norm_g[i];
    let v1254: f32 = l1250 * 0.95f;
    let v1255: f32 = x1248 * x1248;
    let v1256: f32 = v1255 * 0.05f;
    let v1257: f32 = v1254 + v1256;
    t1257[i] = v1257;
    let v1258: f32 = sqrt(v1257);
    let l952: f32 = t900[0i];
    let v1259: f32 = v1258 / l952;
    let v1260: f32 = v1259 + 1e-8f;
    let v1261: f32 = v1253 / v1260;
    let l958: f32 = t899[0i];
    let v1262: f32 = v1261 * l958;
    t1262[i] = v1262;
  }
}
