// kernel k17b_reduce
@group(0) @binding(0) var<storage, read> t718: array<f32>;
@group(0) @binding(1) var<storage, read> t662: array<f32>;
@group(0) @binding(2) var<storage, read> t668: array<f32>;
@group(0) @binding(3) var<storage, read> t674: array<f32>;
@group(0) @binding(4) var<storage, read> t680: array<f32>;
@group(0) @binding(5) var<storage, read> t686: array<f32>;
@group(0) @binding(6) var<storage, read> t692: array<f32>;
@group(0) @binding(7) var<storage, read_write> t724: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 256i; col += 256i) {
    let x718: f32 = t718[row + col * 128i];
    let g: f32 = t662[row + col / 16i * 128i];
    let l664: f32 = select(0.0f, g, col % 16i + -8i >= 0i && col % 16i + -8i < 1i);
    let v719: f32 = x718 + l664;
    let g_1: f32 = t668[row + col / 16i * 128i];
    let l670: f32 = select(0.0f, g_1, col % 16i + -7i >= 0i && col % 16i + -7i < 1i);
    let v720: f32 = v719 + l670;
    let g_2: f32 = t674[row + col / 16i * 128i];
    let l676: f32 = select(0.0f, g_2, col % 16i + -6i >= 0i && col % 16i + -6i < 1i);
    let v721: f32 = v720 + l676;
    let g_3: f32 = t680[row + col / 16i * 128i];
    let l682: f32 = select(0.0f, g_3, col % 16i + -5i >= 0i && col % 16i + -5i < 1i);
    let v722: f32 = v721 + l682;
    let g_4: f32 = t686[row + col / 16i * 128i];
    let l688: f32 = select(0.0f, g_4, col % 16i + -4i >= 0i && col % 16i + -4i < 1i);
    let v723: f32 = v722 + l688;
    let g_5: f32 = t692[row + col / 16i * 128i];
    let l694: f32 = select(0.0f, g_5, col % 16i + -3i >= 0i && col % 16i + -3i < 1i);
    let v724: f32 = v723 + l694;
    t724[row + col * 128i] = v724;
  }
}
