// kernel k315f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1122: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1895: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1899: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1903: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1891: f32 = p_optim_m_layers_1_mlp_norm_g[i];
    let v1893: f32 = l1891 * 0.9f;
    let l1123: f32 = t1122[i];
    let l1618: f32 = t1573[0i];
    let v1890: f32 = l1123 * l1618;
    let v1894: f32 = v1890 * 0.1f;
    let v1895: f32 = v1893 + v1894;
    t1895[i] = v1895;
    let l1892: f32 = p_optim_v_layers_1_mlp_norm_g[i];
    let v1896: f32 = l1892 * 0.95f;
    let v1897: f32 = v1890 * v1890;
    let v1898: f32 = v1897 * 0.05f;
    let v1899: f32 = v1896 + v1898;
    t1899[i] = v1899;
    let v1900: f32 = sqrt(v1899);
    let l1635: f32 = t1583[0i];
    let v1901: f32 = v1900 / l1635;
    let v1902: f32 = v1901 + 1e-8f;
    let v1903: f32 = v1895 / v1902;
    t1903[i] = v1903;
  }
}
