// kernel k96l_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t898: array<f32>;
@group(0) @binding(2) var<storage, read> t649: array<f32>;
@group(0) @binding(3) var<storage, read_write> t900: array<f32>;
@group(0) @binding(4) var<storage, read> t388: array<f32>;
@group(0) @binding(5) var<storage, read> t640: array<f32>;
@group(0) @binding(6) var<storage, read_write> t901: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l12: f32 = p_blocks_0_ln2_g[i];
    let x898: f32 = t898[i];
    let l734: f32 = t649[0i];
    let v899: f32 = x898 * l734;
    let v900: f32 = l12 - v899;
    t900[i] = v900;
    let l389: f32 = t388[i];
    let l711: f32 = t640[0i];
    let v901: f32 = l389 * l711;
    t901[i] = v901;
  }
}
