// kernel k149f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t332: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1228: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1232: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1236: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1224: f32 = p_optim_m_layers_1_mlp_norm_g[i];
    let v1226: f32 = l1224 * 0.9f;
    let l333: f32 = t332[i];
    let l801: f32 = t756[0i];
    let v1223: f32 = l333 * l801;
    let v1227: f32 = v1223 * 0.1f;
    let v1228: f32 = v1226 + v1227;
    t1228[i] = v1228;
    let l1225: f32 = p_optim_v_layers_1_mlp_norm_g[i];
    let v1229: f32 = l1225 * 0.95f;
    let v1230: f32 = v1223 * v1223;
    let v1231: f32 = v1230 * 0.05f;
    let v1232: f32 = v1229 + v1231;
    t1232[i] = v1232;
    let v1233: f32 = sqrt(v1232);
    let l818: f32 = t766[0i];
    let v1234: f32 = v1233 / l818;
    let v1235: f32 = v1234 + 1e-8f;
    let v1236: f32 = v1228 / v1235;
    t1236[i] = v1236;
  }
}
