// kernel k120a_reduce
@group(0) @binding(0) var<storage, read> t677: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_mix_r: array<f32>;
@group(0) @binding(2) var<storage, read> t715: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_att_mix_v: array<f32>;
@group(0) @binding(4) var<storage, read> t726: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_att_mix_k: array<f32>;
@group(0) @binding(6) var<storage, read> t739: array<f32>;
@group(0) @binding(7) var<storage, read_write> t744: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l677: f32 = t677[row + col * 64i];
    let l121: f32 = p_blocks_0_att_mix_r[row];
    let v684: f32 = l677 * l121;
    let l715: f32 = t715[row + col * 64i];
    let l105: f32 = p_blocks_0_att_mix_v[row];
    let v722: f32 = l715 * l105;
    let v742: f32 = v684 + v722;
    let l726: f32 = t726[row + col * 64i];
    let l95: f32 = p_blocks_0_att_mix_k[row];
    let v733: f32 = l726 * l95;
    let v743: f32 = v742 + v733;
    let g: f32 = t739[select(0i, 64i + row + col * 64i, col % 64i + 1i >= 0i && col % 64i + 1i < 64i)];
    let l741: f32 = select(0.0f, g, col % 64i + 1i >= 0i && col % 64i + 1i < 64i);
    let v744: f32 = v743 + l741;
    t744[row + col * 64i] = v744;
  }
}
