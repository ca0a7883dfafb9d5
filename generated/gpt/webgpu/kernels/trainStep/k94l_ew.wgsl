// kernel k94l_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t894: array<f32>;
@group(0) @binding(2) var<storage, read> t645: array<f32>;
@group(0) @binding(3) var<storage, read_write> t896: array<f32>;
@group(0) @binding(4) var<storage, read> t385: array<f32>;
@group(0) @binding(5) var<storage, read> t636: array<f32>;
@group(0) @binding(6) var<storage, read_write> t897: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l12: f32 = p_blocks_0_ln2_g[i];
    let x894: f32 = t894[i];
    let l730: f32 = t645[0i];
    let v895: f32 = x894 * l730;
    let v896: f32 = l12 - v895;
    t896[i] = v896;
    let l386: f32 = t385[i];
    let l707: f32 = t636[0i];
    let v897: f32 = l386 * l707;
    t897[i] = v897;
  }
}
